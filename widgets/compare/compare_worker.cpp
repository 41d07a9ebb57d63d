#include "widgets/compare/compare_worker.h"

#include <QMetaObject>
#include <QThread>
#include <algorithm>
#include <chrono>

namespace supex {

std::shared_ptr<FitFrame> computeTile(const FitRequest& request, std::stop_token stop, int threads) {
  auto frame = std::make_shared<FitFrame>();
  frame->final = true;
  frame->grid = request.grid;
  if (request.train) {
    frame->trainData = request.train;
    frame->task = request.train->task;
    frame->features = static_cast<int>(request.train->cols());
    frame->numClasses = request.train->numClasses();
  }
  if (!request.model || !request.train) {
    frame->error = "No model or no data.";
    return frame;
  }
  if (request.train->rows() == 0) {
    frame->error = "There are no training points.";
    return frame;
  }
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  auto fitted = request.model->fit(*request.train, request.params, stop);
  if (stop.stop_requested()) return nullptr;
  if (!fitted) {
    frame->error = fitted.error().message;
    return frame;
  }
  frame->model = *fitted;
  frame->fitMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  const auto predictStart = Clock::now();
  if (Status s = predictIntoFrame(**fitted, request.grid, stop, *frame, threads); !s) {
    if (s.error().code == ErrorCode::Cancelled || stop.stop_requested()) return nullptr;
    frame->error = s.error().message;
    frame->model.reset();
    return frame;
  }
  frame->predictMs = std::chrono::duration<double, std::milli>(Clock::now() - predictStart).count();
  frame->train = scoreRows(**fitted, *request.train);
  if (request.test) frame->test = scoreRows(**fitted, *request.test);
  if (stop.stop_requested()) return nullptr;
  return frame;
}

CompareWorker::CompareWorker(QObject* parent) : QObject(parent) {
  // Tiles run side by side, each predicting its grid on one thread.
  m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

CompareWorker::~CompareWorker() {
  m_stop.request_stop();
  m_pool.clear();
  // Jobs post to this object: it must outlive every one of them.
  m_pool.waitForDone();
}

void CompareWorker::cancel() {
  m_stop.request_stop();
  m_pool.clear();  // jobs not started yet never start
  ++m_generation;
  m_remaining = 0;
}

std::uint64_t CompareWorker::submit(std::vector<FitRequest> tiles) {
  cancel();
  m_stop = std::stop_source();
  const std::uint64_t generation = m_generation;
  m_remaining = static_cast<int>(tiles.size());
  const std::stop_token stop = m_stop.get_token();
  for (int i = 0; i < static_cast<int>(tiles.size()); ++i) {
    m_pool.start([this, generation, i, stop, request = std::move(tiles[static_cast<std::size_t>(i)])] {
      if (stop.stop_requested()) return;
      std::shared_ptr<FitFrame> frame = computeTile(request, stop, 1);
      if (!frame) return;  // cancelled: a newer batch is on its way
      frame->generation = generation;
      QMetaObject::invokeMethod(
          this, [this, generation, i, f = FitFramePtr(std::move(frame))] { deliver(generation, i, f); },
          Qt::QueuedConnection);
    });
  }
  if (tiles.empty()) QMetaObject::invokeMethod(this, [this, generation] { emit batchFinished(generation); }, Qt::QueuedConnection);
  return generation;
}

void CompareWorker::deliver(std::uint64_t generation, int index, FitFramePtr frame) {
  if (generation != m_generation) {
    emit staleTileDropped(generation, index);
    return;
  }
  emit tileReady(index, std::move(frame));
  if (--m_remaining == 0) emit batchFinished(generation);
}

}  // namespace supex
