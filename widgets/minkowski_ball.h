#pragma once
// The Minkowski unit ball in the plane, B_p = {u : (|u₁|^p + |u₂|^p)^(1/p) ≤ 1},
// p > 0 or ∞ (max(|u₁|, |u₂|) ≤ 1): a diamond for p = 1, the disc for p = 2,
// the square for p = ∞, a star with concave sides for p < 1.
#include <QPolygonF>

namespace supex {

// `samples` points of the boundary ‖u‖_p = 1, counter-clockwise from (1, 0),
// closed (the last point repeats the first). Each direction (cos θ, sin θ) is
// scaled by 1/‖(cos θ, sin θ)‖_p. For p < 1 the directions are bunched
// towards the axes, where the boundary turns sharply, so the tips stay sharp.
QPolygonF unitBall(double p, int samples = 240);

// The ball of radius r around `centre`, stretched by sx, sy along the axes
// (the lens uses sx, sy = the standard deviations when kNN standardises).
QPolygonF ball(double p, QPointF centre, double r, double sx = 1.0, double sy = 1.0, int samples = 240);

}  // namespace supex
