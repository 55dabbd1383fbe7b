from django.urls import path, re_path

from masthead.contributions import views

app_name = "contributions"

urlpatterns = [
    path("", views.support_page, name="support"),
    path("checkout/", views.start_checkout, name="checkout"),
    path("thanks/", views.thanks, name="thanks"),
    path("remind/", views.remind, name="remind"),
    re_path(
        r"^remind/cancel/(?P<code>[A-Za-z0-9_-]{1,32})/$",
        views.cancel_reminder,
        name="cancel_reminder",
    ),
    path("manage/", views.manage, name="manage"),
    path("manage/<str:token>/", views.portal, name="portal"),
]
