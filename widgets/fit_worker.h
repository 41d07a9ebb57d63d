#pragma once
// FitWorker: the one background thread that turns requests into pictures
// (design.md, "Live recomputation"). The GUI thread submits value snapshots;
// the latest request wins, the running job is told to stop, and every result
// that belongs to an older request is dropped by its generation number.
// Each request is answered coarse-to-fine: a small grid at once, then the
// full grid. The worker never touches a widget.
#include <QObject>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

#include "widgets/fit_frame.h"
#include "widgets/frame_builder.h"

namespace supex {

class FitWorker : public QObject {
  Q_OBJECT

 public:
  explicit FitWorker(QObject* parent = nullptr);
  ~FitWorker() override;

  // Queues `request` as the newest one and returns its generation. Never blocks
  // on a running fit: it only swaps the pending slot and signals the thread.
  std::uint64_t submit(FitRequest request);

  std::uint64_t latestGeneration() const { return m_latest.load(); }
  // Side of the quick first pass (cells per axis); 0 disables it.
  void setCoarseCells(int cells) { m_coarseCells.store(cells); }
  bool busy() const { return m_busy.load(); }

 signals:
  // A picture of the newest request (coarse first, then final).
  void frameReady(supex::FitFramePtr frame);
  // A frame arrived for a generation that is no longer the newest and was thrown away.
  void staleFrameDropped(std::uint64_t generation);

 public slots:
  // Runs on the GUI thread. Public so tests can feed it frames of any generation.
  void deliver(supex::FitFramePtr frame);

 private:
  void run(std::stop_token threadStop);
  void process(const FitRequest& request, std::uint64_t generation, std::stop_token stop);
  void post(std::shared_ptr<FitFrame> frame);

  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::optional<FitRequest> m_pending;  // guarded by m_mutex
  std::uint64_t m_pendingGeneration = 0;
  std::stop_source m_jobStop;           // guarded by m_mutex: stops the running job

  std::atomic<std::uint64_t> m_latest{0};
  std::atomic<int> m_coarseCells{60};
  std::atomic<bool> m_busy{false};

  // Only the worker thread touches these: the last fit, reused when only the
  // view (grid) changed, so panning and zooming do not refit.
  FitRequest m_lastFitKey;
  FittedModelPtr m_lastModel;
  Scores m_lastTrain, m_lastTest;
  double m_lastFitMs = 0.0;

  std::jthread m_thread;  // last member: started after, and joined before, everything above
};

}  // namespace supex
