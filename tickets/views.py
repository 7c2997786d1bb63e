from django.http import HttpResponse
from django.views.decorators.http import require_GET

from supportdesk.roles import access_console


@require_GET
def inbox(request):
    access_console(request.user)
    return HttpResponse("inbox")
