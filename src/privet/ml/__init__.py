"""scikit-learn-compatible estimators trained with differential privacy (issue #6).

Every ``fit`` spends its ``epsilon``/``delta`` once, charged to a :class:`privet.dp.Ledger` first when one
is given, and records the event on the model (``privacy_event_``, ``epsilon_spent_``, ``delta_spent_``).
Bounds and norms come from the caller or a public schema, or are estimated with DP from the budget; they
are never read from the data in the clear.
"""

from __future__ import annotations

from privet.ml._encoder import TableEncoder
from privet.ml._linear import LinearRegression
from privet.ml._logistic import LogisticRegression
from privet.ml._naive_bayes import GaussianNB
from privet.ml._scalers import MinMaxScaler, StandardScaler

__all__ = ["GaussianNB", "LinearRegression", "LogisticRegression", "MinMaxScaler", "StandardScaler", "TableEncoder"]
