import pytest

from .world import world_build


@pytest.fixture
def world(agent):
    return world_build(agent=agent)
