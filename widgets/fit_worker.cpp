#include "widgets/fit_worker.h"

#include <QMetaObject>
#include <QTimer>
#include <chrono>

namespace supex {
namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Every core but one for the grid, so the GUI thread always has a core to
// answer the mouse with (on a 2-core machine the grid runs on one).
int gridThreads() {
  const int cores = static_cast<int>(std::thread::hardware_concurrency());
  return std::max(1, cores - 1);
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
  std::int64_t deferMs = -1;
  std::uint64_t running = 0;
  {
    std::lock_guard lock(m_mutex);
    generation = m_latest.load() + 1;
    m_latest.store(generation);
    m_pending = std::move(request);
    m_pendingGeneration = generation;
    // The running job (if any) is now stale. Stop it, unless it is still
    // working on its first frame within the budget: then it may finish that
    // frame (it stops itself after posting it, seeing this pending request).
    const std::int64_t ranMs = (nowNs() - m_jobStartNs.load()) / 1'000'000;
    running = m_jobGeneration.load();
    if (m_busy.load() && !m_jobPosted.load() && ranMs < firstFrameBudget().count())
      deferMs = firstFrameBudget().count() - ranMs;
    else
      m_jobStop.request_stop();
  }
  if (deferMs >= 0)
    QTimer::singleShot(std::chrono::milliseconds(deferMs + 1), this, [this, running] { enforceStop(running); });
  m_wake.notify_one();
  return generation;
}

void FitWorker::enforceStop(std::uint64_t generation) {
  std::lock_guard lock(m_mutex);
  // Only the job that was given the budget, and only if it is still stale and first-frameless.
  if (m_busy.load() && m_jobGeneration.load() == generation && generation < m_latest.load() && !m_jobPosted.load())
    m_jobStop.request_stop();
}

bool FitWorker::hasPending() {
  std::lock_guard lock(m_mutex);
  return m_pending.has_value();
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
      m_jobGeneration.store(generation);
      m_jobPosted.store(false);
      m_jobStartNs.store(nowNs());
      m_busy.store(true);
    }
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
    if (Status s = predictIntoFrame(*model, grid, stop, *frame, gridThreads()); !s) {
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
    if (hasPending()) return;  // superseded: the full pass would only be dropped
  }
  if (auto frame = makeFrame(full, true)) post(std::move(frame));
}

void FitWorker::post(std::shared_ptr<FitFrame> frame) {
  m_jobPosted.store(true);
  // Queued to the GUI thread; if this object is destroyed first, Qt discards
  // the call together with the object's pending events.
  FitFramePtr constFrame = std::move(frame);
  QMetaObject::invokeMethod(this, [this, constFrame] { deliver(constFrame); }, Qt::QueuedConnection);
}

void FitWorker::deliver(FitFramePtr frame) {
  // Why generations and not just stop requests: a result is queued as an event
  // the moment the worker finishes, and that event outlives any stop request,
  // disconnect or newer submit made after it was posted. Only the receiving
  // side knows what is newest and what is on screen, so it checks here.
  const std::uint64_t latest = m_latest.load();
  const bool olderThanShown = !frame || frame->generation < m_shown;
  const bool supersededFull = frame && frame->generation < latest && frame->final;
  if (olderThanShown || supersededFull) {
    emit staleFrameDropped(frame ? frame->generation : 0);
    return;
  }
  m_shown = frame->generation;
  emit frameReady(frame);
}

}  // namespace supex
