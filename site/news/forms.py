"""The news page's admin form: a category is required to send a page for review (the checklist
asks for it), and the editor marks it so; a draft may still be saved without one (Wagtail
defers a nullable field's "required" on "save draft")."""

from core.media_access import MediaCheckedPageForm


class NewsPageForm(MediaCheckedPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "category" in self.fields:
            self.fields["category"].required = True
