"""The URLconf of the Django test project: ``apps.django_app`` appends each app's views under its own prefix."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
