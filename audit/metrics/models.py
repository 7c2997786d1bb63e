"""What the metrics dashboard stores: weekly rollups (derived, rebuilt by a periodic task, never
edited), the state of the last rebuild, and the baseline handle times leads configure for
request classes whose unassisted history is too thin to measure one."""

from django.conf import settings
from django.db import models


class MetricRollup(models.Model):
    """How many units of one metric, in one week and one (class, snapshot, channel) cell, had one
    value. Rates store value 0/1; medians store the value on the metric's grid (definitions.py),
    so any set of cells merges into an exact histogram and its percentiles."""

    week = models.DateField(help_text="Monday of the week (TIME_ZONE).")
    metric = models.CharField(max_length=20)
    request_class = models.ForeignKey(
        "tickets.RequestClass",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    snapshot = models.ForeignKey(
        "audit.ConfigSnapshot",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    channel = models.CharField(max_length=8, help_text="Empty on the all-cells rows.")
    all_cells = models.BooleanField(
        default=False,
        db_default=False,  # the rebuild's INSERT ... SELECT of the cells leaves it out
        help_text="A sum over every snapshot and channel: what the dashboard reads when neither "
        "is filtered (far fewer rows than the cells).",
    )
    value = models.BigIntegerField()
    count = models.PositiveIntegerField()

    class Meta:
        indexes = [
            # The dashboard reads a range of weeks, every metric, with optional filters.
            models.Index(fields=["all_cells", "week"], name="metric_rollup_week_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.metric} {self.week} value {self.value} x{self.count}"


class MetricHistogram(models.Model):
    """The rollup rows of one (week, metric, class, snapshot, channel) cell packed into one row:
    the values ascending, with their counts; and likewise the all-cells rows of one (week,
    metric, class). What the dashboard reads: a year at a million tickets is some 7,000
    all-cells rows instead of 400,000, and a snapshot or channel view some thousands of cells
    instead of the rollup rows grouped in SQL; the page's time went into reading and merging
    those rows one by one. Derived from MetricRollup by the same refresh, in the same
    transaction."""

    week = models.DateField(help_text="Monday of the week (TIME_ZONE).")
    metric = models.CharField(max_length=20)
    request_class = models.ForeignKey(
        "tickets.RequestClass",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    snapshot = models.ForeignKey(
        "audit.ConfigSnapshot",
        null=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    channel = models.CharField(max_length=8, default="", help_text="Empty on the all-cells rows.")
    all_cells = models.BooleanField(
        default=True, help_text="Summed over every snapshot and channel (MetricRollup.all_cells)."
    )
    # Comma-separated integers: parsed in one call for all rows (numpy.fromstring); jsonb
    # would store them as numerics and spend longer printing them than the page has.
    grid_values = models.TextField(
        help_text="Values on the metric's grid, ascending, comma-separated."
    )
    counts = models.TextField(help_text="How many units had each value, comma-separated.")

    class Meta:
        indexes = [
            # The dashboard reads a range of weeks at one level (all cells, or the cells).
            models.Index(fields=["all_cells", "week"], name="metric_histogram_level_idx"),
            # The snapshot view reads one snapshot's cells (a few weeks of the range).
            models.Index(fields=["snapshot", "week"], name="metric_histogram_snapshot_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.metric} {self.week} class {self.request_class_id}"


class RollupState(models.Model):
    """One row: when the rollups were last rebuilt and what the rebuild covered. The refresh
    locks this row, so two refreshes never interleave."""

    refreshed_at = models.DateTimeField(null=True, blank=True)
    full_refreshed_at = models.DateTimeField(null=True, blank=True)
    window_start = models.DateField(
        null=True, blank=True, help_text="First week the last refresh rebuilt (None: all)."
    )
    duration_ms = models.FloatField(null=True, blank=True)
    rows = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"rollups refreshed {self.refreshed_at}"


class BaselineHandleTime(models.Model):
    """A lead's estimate of the handle time of an unassisted ticket of one class, used for time
    saved only while the measured unassisted history of that class is too thin."""

    request_class = models.OneToOneField(
        "tickets.RequestClass", on_delete=models.CASCADE, related_name="baseline_handle_time"
    )
    seconds = models.PositiveIntegerField()
    note = models.CharField(max_length=300, blank=True, help_text="Where the figure comes from.")
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["request_class__position", "request_class__name"]

    def __str__(self) -> str:
        return f"{self.request_class}: {self.seconds} s"
