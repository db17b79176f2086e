"""The languages dawcheck speaks to people: one type for it everywhere."""

from typing import Literal

Lang = Literal["nl", "en"]
