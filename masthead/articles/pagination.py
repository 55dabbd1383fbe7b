from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.paginator import Page as PaginatorPage
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _

PER_PAGE = 20


def paginate(request: HttpRequest, queryset: QuerySet, per_page: int = PER_PAGE) -> PaginatorPage:
    """The requested page of a listing; a page number that is not one is a 404, not a 500."""
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw if len(raw) <= 9 else "invalid")
    except (PageNotAnInteger, EmptyPage):
        raise Http404(_("There is no such page in this list.")) from None
