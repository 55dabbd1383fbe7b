"""The newsroom's roles, as Wagtail groups.

Contributor writes drafts and submits them for moderation; Editor edits anyone's drafts;
Publisher approves and publishes; Administrator also manages users and settings.
"""

CONTRIBUTOR = "Contributor"
EDITOR = "Editor"
PUBLISHER = "Publisher"
ADMINISTRATOR = "Administrator"
ROLES = (CONTRIBUTOR, EDITOR, PUBLISHER, ADMINISTRATOR)

# Page permissions granted on the root of the page tree.
PAGE_PERMISSIONS = {
    CONTRIBUTOR: ("add_page",),
    EDITOR: ("add_page", "change_page", "lock_page", "unlock_page"),
    PUBLISHER: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    ADMINISTRATOR: (
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ),
}

# Collection permissions (images and documents) granted on the root collection.
COLLECTION_PERMISSIONS = {
    CONTRIBUTOR: ("add_image", "choose_image", "add_document", "choose_document"),
    EDITOR: (
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ),
    PUBLISHER: (
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ),
    ADMINISTRATOR: (
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ),
}

# Model permissions: (app_label, codename).
MODEL_PERMISSIONS = {
    CONTRIBUTOR: (
        ("wagtailadmin", "access_admin"),
        ("articles", "view_author"),
        ("articles", "view_newsagency"),
    ),
    EDITOR: (
        ("wagtailadmin", "access_admin"),
        ("articles", "add_author"),
        ("articles", "change_author"),
        ("articles", "view_author"),
        ("articles", "add_newsagency"),
        ("articles", "change_newsagency"),
        ("articles", "view_newsagency"),
        ("taggit", "change_tag"),
    ),
    PUBLISHER: (
        ("wagtailadmin", "access_admin"),
        ("articles", "add_author"),
        ("articles", "change_author"),
        ("articles", "view_author"),
        ("articles", "add_newsagency"),
        ("articles", "change_newsagency"),
        ("articles", "view_newsagency"),
        ("taggit", "change_tag"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
    ),
    ADMINISTRATOR: (
        ("wagtailadmin", "access_admin"),
        ("articles", "add_author"),
        ("articles", "change_author"),
        ("articles", "delete_author"),
        ("articles", "view_author"),
        ("articles", "add_newsagency"),
        ("articles", "change_newsagency"),
        ("articles", "delete_newsagency"),
        ("articles", "view_newsagency"),
        ("taggit", "add_tag"),
        ("taggit", "change_tag"),
        ("taggit", "delete_tag"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
        ("accounts", "add_user"),
        ("accounts", "change_user"),
        ("accounts", "delete_user"),
        ("auth", "add_group"),
        ("auth", "change_group"),
        ("wagtailcore", "add_site"),
        ("wagtailcore", "change_site"),
        ("wagtailcore", "add_workflow"),
        ("wagtailcore", "change_workflow"),
        ("wagtailcore", "add_task"),
        ("wagtailcore", "change_task"),
    ),
}

# Newsletter permissions (granted by the newsletter app's own migration). Contributors get
# none: the subscriber list is readers' personal data.
NEWSLETTER_PERMISSIONS = {
    CONTRIBUTOR: (),
    EDITOR: (
        ("newsletter", "view_newsletter"),
        ("newsletter", "add_issue"),
        ("newsletter", "change_issue"),
        ("newsletter", "view_issue"),
    ),
    PUBLISHER: (
        ("newsletter", "view_newsletter"),
        ("newsletter", "add_issue"),
        ("newsletter", "change_issue"),
        ("newsletter", "view_issue"),
        ("newsletter", "send_issue"),
        ("newsletter", "view_subscriber"),
    ),
    ADMINISTRATOR: (
        ("newsletter", "add_newsletter"),
        ("newsletter", "change_newsletter"),
        ("newsletter", "view_newsletter"),
        ("newsletter", "add_issue"),
        ("newsletter", "change_issue"),
        ("newsletter", "delete_issue"),
        ("newsletter", "view_issue"),
        ("newsletter", "send_issue"),
        ("newsletter", "view_subscriber"),
    ),
}

# The newsroom's money: only the Finance role sees contributions and supporters (granted by
# the contributions app's migration). Who gives is as sensitive as what they read.
FINANCE = "Finance"
CONTRIBUTIONS_PERMISSIONS = {
    FINANCE: (
        ("wagtailadmin", "access_admin"),
        ("contributions", "view_contribution"),
        ("contributions", "view_finances"),
    ),
    # The words and amounts of the ask are the newsroom's voice, not its accounts.
    PUBLISHER: (("contributions", "change_asksettings"),),
    ADMINISTRATOR: (("contributions", "change_asksettings"),),
}
