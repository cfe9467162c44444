"""scipy's side of the matching benchmark: the same instance as the engine, solved two ways.

Reads a dense row-major float64 matrix (rows x width; columns replicated per capacity, inf = forbidden,
trailing "unassigned" columns of cost unassignedCost) and the mentor of each replicated column (int32,
-1 for an "unassigned" column). Prints one JSON line:
  dense:  scipy.optimize.linear_sum_assignment on the whole matrix (optimal).
  sparse: scipy.sparse.csgraph.min_weight_full_bipartite_matching on each row's K cheapest mentors (all
          their places) plus the "unassigned" columns: no certificate, so it can miss the optimum or find
          no full matching at all.
Usage: scipy_assignment.py MATRIX OWNERS ROWS WIDTH K [--skip-dense]
"""

import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def dense(matrix):
    started = time.perf_counter()
    try:
        rows, cols = linear_sum_assignment(matrix)
    except ValueError as error:
        return {"seconds": time.perf_counter() - started, "error": str(error)}
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "total": float(matrix[rows, cols].sum())}


def sparse(matrix, owners, k):
    n, width = matrix.shape
    mentors = int(owners.max()) + 1 if owners.size else 0
    first = np.full(mentors, -1, dtype=np.int64)
    for column in range(width - 1, -1, -1):
        if owners[column] >= 0:
            first[owners[column]] = column
    per_mentor = matrix[:, first] if mentors else np.empty((n, 0))
    keep = min(k, mentors)
    if keep < mentors:
        cheapest = np.argpartition(per_mentor, keep - 1, axis=1)[:, :keep]
    else:
        cheapest = np.tile(np.arange(mentors), (n, 1))
    chosen = np.zeros((n, mentors + 1), dtype=bool)
    np.put_along_axis(chosen, cheapest, True, axis=1)
    chosen[:, mentors] = True  # "unassigned" columns (owner -1) are kept for every row
    mask = chosen[:, np.where(owners >= 0, owners, mentors)] & np.isfinite(matrix)
    rows, cols = np.nonzero(mask)
    # The sparse solver drops zero weights: shift every cost by 1 (each row is matched once).
    graph = csr_matrix((matrix[rows, cols] + 1.0, (rows, cols)), shape=matrix.shape)
    started = time.perf_counter()
    try:
        r, c = min_weight_full_bipartite_matching(graph)
    except ValueError as error:
        return {"seconds": time.perf_counter() - started, "error": str(error), "edges": int(rows.size)}
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "total": float(matrix[r, c].sum()), "edges": int(rows.size)}


def main():
    path, owners_path, n, width, k = sys.argv[1:6]
    n, width, k = int(n), int(width), int(k)
    matrix = np.fromfile(path, dtype=np.float64).reshape(n, width)
    owners = np.fromfile(owners_path, dtype=np.int32)
    result = {"scipy": __import__("scipy").__version__}
    if "--skip-dense" not in sys.argv:
        result["dense"] = dense(matrix)
    result["sparse"] = sparse(matrix, owners, k)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
