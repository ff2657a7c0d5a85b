"""Categorical generalization hierarchies, written in YAML as a tree whose leaves are lists of values.

```yaml
Any:
  Married: [Married-civ-spouse, Married-AF-spouse, Married-spouse-absent]
  Not married: [Never-married, Divorced, Separated, Widowed]
```
Level 0 is the value itself, level 1 its parent, and so on; a level above the root gives the root.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["Hierarchy", "HierarchyTree", "parse_hierarchy"]

HierarchyTree = Mapping[str, Any]


class Hierarchy:
    """A parsed hierarchy: the ancestors of every leaf, leaves in depth-first order."""

    def __init__(self, ancestors: dict[str, list[str]], leaves: list[str], root: str) -> None:
        self.ancestors = ancestors  # leaf -> [parent, grandparent, ..., root]
        self.leaves = leaves
        self.root = root
        self._descendants: dict[str, set[str]] = {}
        for leaf, chain in ancestors.items():
            for node in chain:
                self._descendants.setdefault(node, set()).add(leaf)

    def generalize(self, value: str, level: int) -> str | None:
        """The ancestor ``level`` steps above ``value``; None when ``value`` is not a leaf."""
        chain = self.ancestors.get(value)
        if chain is None:
            return None
        if level <= 0:
            return value
        return chain[min(level, len(chain)) - 1]

    def lowest_common_ancestor(self, values: Sequence[str]) -> str:
        """The most specific node covering every value (the value itself when there is one)."""
        distinct = set(values)
        if len(distinct) == 1:
            return next(iter(distinct))
        first = next(iter(distinct))
        for node in self.ancestors.get(first, []):
            if distinct <= self._descendants[node]:
                return node
        return self.root

    def leaf_count(self, node: str) -> int:
        """How many leaves ``node`` covers (1 for a leaf)."""
        return len(self._descendants.get(node, ())) or 1


def parse_hierarchy(tree: Any, *, where: str = "hierarchy") -> Hierarchy:
    """Parse a YAML tree into a Hierarchy; ValueError naming the path on a malformed tree."""
    if not isinstance(tree, Mapping) or not tree:
        raise ValueError(f"{where}: expected a mapping of group name to values or sub-groups")
    ancestors: dict[str, list[str]] = {}
    leaves: list[str] = []

    def walk(node: Any, chain: list[str], path: str) -> None:
        if isinstance(node, Mapping):
            if not node:
                raise ValueError(f"{path}: empty group")
            for name, child in node.items():
                walk(child, [str(name), *chain], f"{path}.{name}")
        elif isinstance(node, list | tuple):
            if not node:
                raise ValueError(f"{path}: empty list of values")
            for item in node:
                if isinstance(item, Mapping | list | tuple):
                    walk(item, chain, path)
                    continue
                leaf = str(item)
                if leaf in ancestors:
                    raise ValueError(f"{path}: value {leaf!r} appears twice in the hierarchy")
                ancestors[leaf] = chain
                leaves.append(leaf)
        else:
            leaf = str(node)
            if leaf in ancestors:
                raise ValueError(f"{path}: value {leaf!r} appears twice in the hierarchy")
            ancestors[leaf] = chain
            leaves.append(leaf)

    if len(tree) == 1:
        root = str(next(iter(tree)))
        walk(next(iter(tree.values())), [root], f"{where}.{root}")
    else:
        root = "*"
        walk(tree, [root], where)
    return Hierarchy(ancestors, leaves, root)
