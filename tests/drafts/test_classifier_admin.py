"""Rolling back the classifier in the admin switches what the pipeline's prediction API uses."""

from io import StringIO

import pytest
from django.core.management import call_command

from audit.models import Event
from drafts.classifier.models import ClassifierVersion
from drafts.classifier.services import text_classify

from .classifier_data import history_write, label_map_write

pytestmark = pytest.mark.django_db


def test_admin_action_rolls_back_to_an_older_version(client, make_user, tmp_path):
    call_command(
        "import_history",
        str(history_write(tmp_path / "history.csv")),
        "--label-map",
        str(label_map_write(tmp_path / "map.json")),
        stdout=StringIO(),
    )
    call_command("train_classifier", stdout=StringIO())
    call_command("train_classifier", stdout=StringIO())
    old, new = ClassifierVersion.objects.order_by("id")
    assert (old.is_active, new.is_active) == (False, True)
    assert text_classify(text="Where is my parcel").version_id == new.pk

    admin = make_user("admin1", "Admin", is_staff=True, is_superuser=True)
    client.force_login(admin)
    listing = client.get("/admin/classifier/classifierversion/")
    assert listing.status_code == 200
    assert b"Activate the selected version" in listing.content
    response = client.post(
        "/admin/classifier/classifierversion/",
        {"action": "activate_selected", "_selected_action": [str(old.pk)]},
        follow=True,
    )

    assert response.status_code == 200
    assert f"classifier v{old.pk}".encode() in response.content
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.is_active, new.is_active) == (True, False)
    assert ClassifierVersion.objects.filter(is_active=True).count() == 1
    assert text_classify(text="Where is my parcel").version_id == old.pk
    event = Event.objects.filter(name="classifier.activated").latest("id")
    assert event.payload == {"version": old.pk, "previous": new.pk}
    assert event.actor == admin

    detail = client.get(f"/admin/classifier/classifierversion/{old.pk}/change/")
    assert detail.status_code == 200
    examples = client.get("/admin/classifier/labeledexample/?q=parcel")
    assert examples.status_code == 200
    assert b"Where is my weather station parcel" in examples.content
    assert client.get("/admin/classifier/labelmapping/").status_code == 200


def test_admin_action_refuses_two_versions_at_once(client, make_user, tmp_path):
    call_command("import_history", str(history_write(tmp_path / "h.csv")), stdout=StringIO())
    call_command("train_classifier", stdout=StringIO())
    call_command("train_classifier", stdout=StringIO())
    client.force_login(make_user("admin1", "Admin", is_staff=True, is_superuser=True))
    ids = [str(pk) for pk in ClassifierVersion.objects.values_list("id", flat=True)]
    response = client.post(
        "/admin/classifier/classifierversion/",
        {"action": "activate_selected", "_selected_action": ids},
        follow=True,
    )
    assert b"Select exactly one version" in response.content
    assert ClassifierVersion.objects.get(is_active=True).pk == max(map(int, ids))
