from django.urls import path

from masthead.newsletter import archive, views

app_name = "newsletter"

urlpatterns = [
    path("", views.newsletter_page, name="page"),
    path("subscribe/", views.subscribe, name="subscribe"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("preferences/<str:token>/", views.manage, name="preferences"),
    path("issues/", archive.issue_list, name="issues"),
    path("issues/latest/", archive.latest_issue, name="latest_issue"),
    path("issues/<int:pk>/", archive.issue_page, name="issue"),
]
