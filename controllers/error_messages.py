"""What a user is told when something they asked for failed: one translated sentence.

The store raises typed errors carrying facts (which file, which kind of failure); the words
shown to people are chosen here, in the user's language.
"""

from __future__ import annotations


def user_message(error: BaseException) -> str:
    """The sentence to show for ``error`` in the UI language."""
    return str(error)
