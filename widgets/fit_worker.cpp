#include "widgets/fit_worker.h"

#include <QMetaObject>
#include <chrono>

namespace supex {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool sameFit(const FitRequest& a, const FitRequest& b) {
  return a.model == b.model && a.train == b.train && a.params == b.params;
}

}  // namespace

FitWorker::FitWorker(QObject* parent) : QObject(parent) {
  qRegisterMetaType<supex::FitFramePtr>();
  m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

FitWorker::~FitWorker() {
  {
    std::lock_guard lock(m_mutex);
    m_jobStop.request_stop();
  }
  m_thread.request_stop();
  m_wake.notify_all();
  if (m_thread.joinable()) m_thread.join();
}

std::uint64_t FitWorker::submit(FitRequest request) {
  std::uint64_t generation = 0;
  {
    std::lock_guard lock(m_mutex);
    generation = m_latest.load() + 1;
    m_latest.store(generation);
    m_pending = std::move(request);
    m_pendingGeneration = generation;
    m_jobStop.request_stop();  // the running job (if any) is now stale
  }
  m_wake.notify_one();
  return generation;
}

void FitWorker::run(std::stop_token threadStop) {
  for (;;) {
    FitRequest request;
    std::uint64_t generation = 0;
    std::stop_token jobStop;
    {
      std::unique_lock lock(m_mutex);
      if (!m_wake.wait(lock, threadStop, [this] { return m_pending.has_value(); })) return;
      request = std::move(*m_pending);
      m_pending.reset();
      generation = m_pendingGeneration;
      m_jobStop = std::stop_source();
      jobStop = m_jobStop.get_token();
    }
    m_busy.store(true);
    process(request, generation, jobStop);
    m_busy.store(false);
  }
}

void FitWorker::process(const FitRequest& request, std::uint64_t generation, std::stop_token stop) {
  auto failed = [&](const std::string& message) {
    auto frame = std::make_shared<FitFrame>();
    frame->generation = generation;
    frame->final = true;
    frame->error = message;
    frame->grid = request.grid;
    if (request.train) {
      frame->task = request.train->task;
      frame->features = static_cast<int>(request.train->cols());
      frame->numClasses = request.train->numClasses();
    }
    post(std::move(frame));
  };
  if (!request.model || !request.train) return failed("No model or no data.");
  if (request.train->rows() == 0) return failed("There are no training points. Click on the plot to add some.");

  FittedModelPtr model;
  double fitMs = 0.0;
  Scores trainScores, testScores;
  const bool reused = m_lastModel && sameFit(request, m_lastFitKey) && request.test == m_lastFitKey.test;
  if (reused) {
    model = m_lastModel;
    trainScores = m_lastTrain;
    testScores = m_lastTest;
    fitMs = m_lastFitMs;
  } else {
    const auto start = Clock::now();
    auto fitted = request.model->fit(*request.train, request.params, stop);
    if (stop.stop_requested()) return;  // a newer request is waiting; its answer is the one that matters
    if (!fitted) {
      m_lastModel.reset();
      return failed(fitted.error().message);
    }
    fitMs = msSince(start);
    model = *fitted;
    trainScores = scoreRows(*model, *request.train);
    if (request.test) testScores = scoreRows(*model, *request.test);
    m_lastFitKey = request;
    m_lastModel = model;
    m_lastTrain = trainScores;
    m_lastTest = testScores;
    m_lastFitMs = fitMs;
  }

  auto makeFrame = [&](const GridSpec& grid, bool final) -> std::shared_ptr<FitFrame> {
    const auto start = Clock::now();
    auto frame = std::make_shared<FitFrame>();
    frame->generation = generation;
    frame->final = final;
    frame->model = model;
    frame->trainData = request.train;
    frame->train = trainScores;
    frame->test = testScores;
    frame->fitMs = fitMs;
    frame->reusedFit = reused;
    if (Status s = predictIntoFrame(*model, grid, stop, *frame); !s) {
      if (s.error().code == ErrorCode::Cancelled || stop.stop_requested()) return nullptr;
      frame->error = s.error().message;
      frame->model.reset();
    }
    frame->predictMs = msSince(start);
    return frame;
  };

  const int coarse = m_coarseCells.load();
  const GridSpec& full = request.grid;
  if (coarse > 1 && (full.nx > coarse || full.ny > coarse)) {
    auto frame = makeFrame(coarseGrid(full, coarse), false);
    if (!frame) return;
    post(std::move(frame));
  }
  if (auto frame = makeFrame(full, true)) post(std::move(frame));
}

void FitWorker::post(std::shared_ptr<FitFrame> frame) {
  // Queued to the GUI thread; if this object is destroyed first, Qt discards
  // the call together with the object's pending events.
  FitFramePtr constFrame = std::move(frame);
  QMetaObject::invokeMethod(this, [this, constFrame] { deliver(constFrame); }, Qt::QueuedConnection);
}

void FitWorker::deliver(FitFramePtr frame) {
  // Why generations and not just stop requests: a result is queued as an event
  // the moment the worker finishes, and that event outlives any stop request,
  // disconnect or newer submit made after it was posted. Only the receiving
  // side knows what is newest, so it checks here, on the GUI thread.
  if (!frame || frame->generation != m_latest.load()) {
    emit staleFrameDropped(frame ? frame->generation : 0);
    return;
  }
  emit frameReady(frame);
}

}  // namespace supex
