import os

# One BLAS thread per process, set before anything imports numpy. The encoders' matrices are
# small (one ticket's tokens by 384), where OpenBLAS's thread pool costs more than it gains, and
# the worker already runs one process per core: with the default (a thread per core in every
# process) the question/answer encoder took 1.32 s per ticket on these 2 cores under load, 0.17 s
# with one thread (docs/pipeline.md, Speed). An operator's own setting
# wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from .celery import app as celery_app  # noqa: E402

__all__ = ["celery_app"]
