#include "core/predict/grid_predictor.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <string>
#include <thread>
#include <vector>

namespace supex {
namespace {

double centre(double a, double b, int n, int i) {
  if (n <= 1) return a;
  return std::lerp(a, b, static_cast<double>(i) / static_cast<double>(n - 1));
}

Status validate(const FittedModel& model, const GridSpec& grid) {
  const auto d = model.inputNames.size();
  if (d < 1 || d > 2)
    return usageError("A grid needs a model with one or two input features. This one has " + std::to_string(d) +
                      ".");
  if (grid.nx < 1 || grid.ny < 1)
    return usageError("A grid needs at least one cell along each axis. Got " + std::to_string(grid.nx) + " x " +
                      std::to_string(grid.ny) + ".");
  if (d == 1 && grid.ny != 1)
    return usageError("A one-feature model takes a one-axis grid (X0:X1:NX). Got " + std::to_string(grid.ny) +
                      " rows of cells.");
  if (!std::isfinite(grid.x0) || !std::isfinite(grid.x1) || (d == 2 && (!std::isfinite(grid.y0) || !std::isfinite(grid.y1))))
    return usageError("The ends of a grid must be finite numbers.");
  return Ok{};
}

int threadCount(int requested, Eigen::Index workItems) {
  long n = requested > 0 ? requested : static_cast<long>(std::thread::hardware_concurrency());
  n = std::max(1L, n);
  return static_cast<int>(std::min<Eigen::Index>(n, std::max<Eigen::Index>(1, workItems)));
}

// Runs work() on `threads` threads, the caller's included.
template <class Work>
void runOnThreads(int threads, Work work) {
  std::vector<std::jthread> helpers;
  helpers.reserve(static_cast<std::size_t>(threads - 1));
  for (int t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
}  // the jthreads join here

}  // namespace

double GridSpec::x(int ix) const { return centre(x0, x1, nx, ix); }
double GridSpec::y(int iy) const { return centre(y0, y1, ny, iy); }

Result<GridResult> predictGrid(const FittedModel& model, const GridSpec& grid, std::stop_token stop, int threads) {
  if (Status s = validate(model, grid); !s) return s.error();
  const int d = static_cast<int>(model.inputNames.size());
  const Eigen::Index cells = grid.cells();

  std::vector<double> xs(static_cast<std::size_t>(grid.nx)), ys(static_cast<std::size_t>(grid.ny));
  for (int i = 0; i < grid.nx; ++i) xs[static_cast<std::size_t>(i)] = grid.x(i);
  for (int i = 0; i < grid.ny; ++i) ys[static_cast<std::size_t>(i)] = grid.y(i);

  // One cell through predict() tells whether, and how many, probabilities exist.
  GridResult out;
  out.nx = grid.nx;
  out.ny = grid.ny;
  {
    Eigen::MatrixXd first(1, d);
    first(0, 0) = xs[0];
    if (d == 2) first(0, 1) = ys[0];
    Prediction p;
    model.predict(first, p);
    out.value.resize(cells);
    out.proba.resize(p.proba.size() > 0 ? cells : 0, p.proba.cols());
  }

  std::atomic<Eigen::Index> done{0};
  if (const auto* block = dynamic_cast<const GridBlockPredictor*>(&model)) {
    const int tile = std::max(1, block->gridBlockColumns());
    const int tileH = grid.ny == 1 ? 1 : std::max(1, block->gridBlockRows());
    const Eigen::Index tilesX = (grid.nx + tile - 1) / tile;
    const Eigen::Index tilesY = (grid.ny + tileH - 1) / tileH;
    const Eigen::Index tiles = tilesX * tilesY;
    std::atomic<Eigen::Index> next{0};
    runOnThreads(threadCount(threads, tiles), [&] {
      while (!stop.stop_requested()) {
        const Eigen::Index t = next.fetch_add(1);
        if (t >= tiles) break;
        const int ix0 = static_cast<int>((t % tilesX) * tile);
        const int iy0 = static_cast<int>((t / tilesX) * tileH);
        const int ix1 = std::min(grid.nx, ix0 + tile);
        const int iy1 = std::min(grid.ny, iy0 + tileH);
        if (!block->predictGridBlock(grid, ix0, ix1, iy0, iy1, out, stop)) break;
        done.fetch_add(static_cast<Eigen::Index>(ix1 - ix0) * (iy1 - iy0));
      }
    });
  } else {
    std::atomic<Eigen::Index> next{0};
    runOnThreads(threadCount(threads, cells / 4096 + 1), [&] {
      using Clock = std::chrono::steady_clock;
      // Chunks sized so one takes about 2 ms whatever the model costs: large
      // enough to amortise the call, small enough to notice a stop quickly.
      // A first chunk of 1,024 cells costs a cheap model ~20 µs, an expensive
      // one (a wide network) still well under the 4 ms that halves it.
      Eigen::Index chunk = 1024;
      Eigen::MatrixXd X;
      Prediction p;
      while (!stop.stop_requested()) {
        const Eigen::Index start = next.fetch_add(chunk);
        if (start >= cells) break;
        const Eigen::Index m = std::min(chunk, cells - start);
        X.resize(m, d);
        // Walk the cells row by row instead of dividing per cell.
        Eigen::Index ix = start % grid.nx, iy = start / grid.nx;
        for (Eigen::Index r = 0; r < m; ++r) {
          X(r, 0) = xs[static_cast<std::size_t>(ix)];
          if (d == 2) X(r, 1) = ys[static_cast<std::size_t>(iy)];
          if (++ix == grid.nx) ix = 0, ++iy;
        }
        const auto t0 = Clock::now();
        model.predict(X, p);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        out.value.segment(start, m) = p.value;
        if (out.proba.size() > 0) out.proba.middleRows(start, m) = p.proba;
        done.fetch_add(m);
        if (ms < 0.5 && m == chunk) chunk = std::min<Eigen::Index>(chunk * 4, 16384);
        else if (ms < 1.0 && m == chunk) chunk = std::min<Eigen::Index>(chunk * 2, 16384);
        else if (ms > 4.0) chunk = std::max<Eigen::Index>(chunk / 2, 16);
      }
    });
  }
  if (done.load() < cells) return cancelledError();
  return out;
}

GridSpec coarseGrid(const GridSpec& grid, int maxSide) {
  GridSpec c = grid;
  c.nx = std::max(1, std::min(grid.nx, maxSide));
  c.ny = std::max(1, std::min(grid.ny, maxSide));
  return c;
}

Result<GridResult> predictGridProgressive(const FittedModel& model, const GridSpec& grid, std::stop_token stop,
                                          const std::function<void(const GridSpec&, const GridResult&)>& onCoarse,
                                          int coarseSide, int threads) {
  const GridSpec coarse = coarseGrid(grid, coarseSide);
  if (coarse.cells() < grid.cells()) {
    auto first = predictGrid(model, coarse, stop, threads);
    if (!first) return first.error();
    if (onCoarse) onCoarse(coarse, *first);
  }
  return predictGrid(model, grid, stop, threads);
}

}  // namespace supex
