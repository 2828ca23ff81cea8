"""People's names as the public site may show them.

One rule for every place a person who may be a minor is named in public (an honour roll, a
fund's disbursements): the family name stays, every other part of the name is cut to its
initial. The callers decide who is a minor; this module only reduces the name.
"""


def reduced_name(full_name: str) -> str:
    """ "Lò Thị Mai Anh" → "Lò T. M. A."; a one-word name is left as it is."""
    family, *others = full_name.split() or [""]
    return " ".join([family] + [f"{name[0]}." for name in others])
