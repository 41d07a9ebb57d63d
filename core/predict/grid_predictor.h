#pragma once
// Prediction over a rectangular grid of cell centres: the decision map behind
// the GUI's plot and the CLI's --grid.
//
// Cell centres follow QCustomPlot's colour-map convention (and the CLI
// contract): nx evenly spaced x from x0 to x1 inclusive, likewise y; cell
// (ix, iy) is stored at index iy·nx + ix (x fastest). A one-feature model
// uses ny = 1 and ignores y0, y1.
//
// Any FittedModel works: cells are gathered into chunks of rows and handed to
// its vectorised predict(), never one virtual call per pixel, on several
// threads, checking the stop token between chunks. A model may also offer a
// faster block method (GridBlockPredictor, e.g. kNN), which must give exactly
// what predict() gives at each centre.
//
// How the GUI should call it (design.md, "Live recomputation"): the worker
// thread receives an immutable snapshot (FittedModelPtr, GridSpec) and a
// std::stop_token from the request's std::stop_source, then calls
// predictGridProgressive(model, grid, token, onCoarse). onCoarse runs on the
// worker thread with a coarse result (≤ 50 × 50 cells over the same
// rectangle): post a copy to the GUI thread, which fills a QCPColorMap of the
// coarse size over the same key/value range, so a picture appears at once.
// The final result is returned; a superseded request returns cancelledError()
// promptly and its late results are dropped by generation number.
#include <functional>
#include <stop_token>

#include <Eigen/Dense>

#include "core/common/result.h"
#include "core/models/fitted_model.h"

namespace supex {

struct GridSpec {
  double x0 = 0, x1 = 1;
  int nx = 1;
  double y0 = 0, y1 = 0;
  int ny = 1;

  Eigen::Index cells() const { return static_cast<Eigen::Index>(nx) * ny; }
  // Centre of column ix: x0 + (x1 − x0)·ix/(nx − 1) evaluated with std::lerp,
  // so the first is exactly x0 and the last exactly x1; x0 when nx = 1.
  double x(int ix) const;
  double y(int iy) const;
};

struct GridResult {
  int nx = 0, ny = 0;
  Eigen::VectorXd value;  // per cell: class index, or regression value; x fastest
  Eigen::MatrixXd proba;  // cells × K class probabilities; empty when the model has none
};

// Optional capability of a FittedModel (inherit it next to FittedModel).
// predictGrid uses it instead of predict() when the model has it.
class GridBlockPredictor {
 public:
  virtual ~GridBlockPredictor() = default;
  // Shape (columns, rows of cells) of the blocks predictGrid hands to
  // predictGridBlock; one-axis grids get blocks of `columns` × 1.
  virtual int gridBlockColumns() const { return 16; }
  virtual int gridBlockRows() const { return 16; }
  // Fills cells ix0 ≤ ix < ix1, iy0 ≤ iy < iy1 of `out` (already sized:
  // value has grid.cells() entries, proba grid.cells() × K or empty). Called
  // concurrently for disjoint blocks. Must equal predict() at every centre.
  // A block that takes more than a millisecond should look at `stop` now and
  // then; it returns false if it gave up (the whole grid is then cancelled).
  virtual bool predictGridBlock(const GridSpec& grid, int ix0, int ix1, int iy0, int iy1, GridResult& out,
                                std::stop_token stop) const = 0;
};

// Validates the grid against the model (one or two input features; ny = 1 for
// one; nx, ny ≥ 1; finite ends) and predicts every cell with `threads` threads
// (0 = std::thread::hardware_concurrency()), the calling thread included.
// A stop request returns cancelledError() within about a chunk's time (a few
// ms). Usage error (code 2) for a grid that does not fit the model.
Result<GridResult> predictGrid(const FittedModel& model, const GridSpec& grid, std::stop_token stop,
                               int threads = 0);

// The same rectangle with at most maxSide cells along each axis (never more
// than `grid` has): the first, quick pass of a coarse-to-fine view.
GridSpec coarseGrid(const GridSpec& grid, int maxSide = 50);

// Coarse-to-fine: predicts coarseGrid(grid, coarseSide) first and passes it to
// onCoarse (on the calling thread), then predicts and returns the full grid.
// The coarse pass is skipped when it would not be smaller than the full grid.
Result<GridResult> predictGridProgressive(const FittedModel& model, const GridSpec& grid, std::stop_token stop,
                                          const std::function<void(const GridSpec&, const GridResult&)>& onCoarse,
                                          int coarseSide = 50, int threads = 0);

}  // namespace supex
