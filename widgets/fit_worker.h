#pragma once
// FitWorker: the one background thread that turns requests into pictures
// (design.md, "Live recomputation"). The GUI thread submits value snapshots;
// the latest request wins, the running job is told to stop, and results that
// arrive too late are dropped by generation number. Each request is answered
// coarse-to-fine: a small grid at once, then the full grid. The worker never
// touches a widget.
//
// Progress during a drag: requests then come every few milliseconds, faster
// than any fit and full grid. Stopping every job at once would show nothing
// until the mouse stops, so a job keeps running until it has delivered its
// first (coarse) frame — unless that takes longer than firstFrameBudget(),
// then it is stopped anyway — and a coarse frame of a superseded request is
// still shown when it is newer than what is on screen. Its full-resolution
// pass is skipped, and a superseded full frame is dropped.
#include <QObject>
#include <atomic>
#include <chrono>
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

  // Queues `request` as the newest one and returns its generation. Never waits
  // for a running fit: it only swaps the pending slot and signals the thread.
  std::uint64_t submit(FitRequest request);

  std::uint64_t latestGeneration() const { return m_latest.load(); }
  std::uint64_t shownGeneration() const { return m_shown; }
  // Side of the quick first pass (cells per axis); 0 disables it.
  void setCoarseCells(int cells) { m_coarseCells.store(cells); }
  // How long a superseded job may run to deliver its first frame.
  static constexpr std::chrono::milliseconds firstFrameBudget() { return std::chrono::milliseconds(250); }
  bool busy() const { return m_busy.load(); }

 signals:
  // A picture to show: coarse or final, never older than the one shown before.
  void frameReady(supex::FitFramePtr frame);
  // A frame arrived that is older than the one on screen, or is the full
  // picture of a superseded request, and was thrown away.
  void staleFrameDropped(std::uint64_t generation);

 public slots:
  // Runs on the GUI thread. Public so tests can feed it frames of any generation.
  void deliver(supex::FitFramePtr frame);

 private:
  void run(std::stop_token threadStop);
  void process(const FitRequest& request, std::uint64_t generation, std::stop_token stop);
  void post(std::shared_ptr<FitFrame> frame);
  void enforceStop(std::uint64_t generation);
  bool hasPending();

  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::optional<FitRequest> m_pending;  // guarded by m_mutex
  std::uint64_t m_pendingGeneration = 0;
  std::stop_source m_jobStop;           // guarded by m_mutex: stops the running job

  std::atomic<std::uint64_t> m_latest{0};
  std::atomic<int> m_coarseCells{60};
  std::atomic<bool> m_busy{false};
  // The running job: when it started and whether it has posted a frame yet.
  std::atomic<std::int64_t> m_jobStartNs{0};
  std::atomic<bool> m_jobPosted{false};
  std::atomic<std::uint64_t> m_jobGeneration{0};

  std::uint64_t m_shown = 0;  // GUI thread only: generation of the frame on screen

  // Only the worker thread touches these: the last fit, reused when only the
  // view (grid) changed, so panning and zooming do not refit.
  FitRequest m_lastFitKey;
  FittedModelPtr m_lastModel;
  Scores m_lastTrain, m_lastTest;
  double m_lastFitMs = 0.0;

  std::jthread m_thread;  // last member: started after, and joined before, everything above
};

}  // namespace supex
