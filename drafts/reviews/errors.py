"""What a review action raises when it cannot be taken; the message is shown to the agent."""


class ReviewError(Exception):
    """The action cannot be taken now; the message is shown to the agent as it is."""

    status = 409


class ReviewConflict(ReviewError):
    """Someone else got there first, or the draft is no longer the one to act on."""


class ReviewInvalid(ReviewError):
    """The agent's input cannot be used (empty reason, unknown team, ...)."""

    status = 422
