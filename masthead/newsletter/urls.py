from django.urls import path

from masthead.newsletter import views

app_name = "newsletter"

urlpatterns = [
    path("", views.newsletter_page, name="page"),
    path("subscribe/", views.subscribe, name="subscribe"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("preferences/<str:token>/", views.manage, name="preferences"),
]
