#pragma once
// Decision-boundary lines by marching squares (Lorensen & Cline 1987, in its
// 2-D form). The grid vertices are the cell centres of a GridSpec. For class k
// a vertex is inside when its predicted label is k; where an edge joins an
// inside and an outside vertex, the crossing point is placed by linear
// interpolation of the margin m_k = p_k − max_{j≠k} p_j (zero exactly on the
// boundary), so the line is smooth rather than a staircase of cell edges.
#include <QPolygonF>
#include <QVector>
#include <vector>

#include "widgets/fit_frame.h"

namespace supex {

// labels: nx*ny class indices (x fastest). margins: nx*ny*K values, margins[k * nx*ny + cell],
// or empty when the model gives no probabilities (crossings are then edge midpoints).
// Returns polylines joined end to end. With two classes only class 0's contour is
// traced (class 1's is the same line); with more, each boundary appears once per side.
QVector<QPolygonF> decisionBoundary(const GridSpec& grid, const std::vector<int>& labels,
                                    const std::vector<float>& margins, int numClasses);

}  // namespace supex
