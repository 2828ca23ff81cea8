"""``{% fragment "name" vary… %}…{% endfragment %}``: HTML kept per Site, language and theme until the Site
changes (``core.fragments``); the vary values are whatever else the HTML depends on (the current section,
a page, a ?page= number)."""

from django import template

from core.fragments import cached_fragment

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary):
        self.nodelist, self.name, self.vary = nodelist, name, vary

    def render(self, context):
        name = self.name.resolve(context)
        vary = [value.resolve(context) for value in self.vary]
        return cached_fragment(context.get("request"), name, lambda: self.nodelist.render(context), *vary)


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError('{% fragment %} cần một tên: {% fragment "menu" page %}')
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])
