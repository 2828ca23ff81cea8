"""StreamField blocks shared by every page type: one definition each."""
