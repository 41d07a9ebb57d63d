#pragma once
// LatestJob: one background thread for a teaching view's computation (a
// regularisation path, the high-dimension curves). The newest submission
// wins: the running job is asked to stop, a queued one is replaced, and a
// result that finishes after a newer submission is never delivered. The
// result is handed to the GUI thread as a closure the job returns, run only
// while this object is alive and the job is still the newest.
#include <QObject>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

namespace supex {

class LatestJob : public QObject {
  Q_OBJECT

 public:
  // Runs on the worker thread; returns what to do on the GUI thread (may be empty).
  using Job = std::function<std::function<void()>(std::stop_token)>;

  explicit LatestJob(QObject* parent = nullptr);
  ~LatestJob() override;

  void submit(Job job);
  // Drops the queued job and stops the running one (e.g. the view no longer applies).
  void cancel();
  // True from submit() until the newest job's result was delivered or dropped.
  bool busy() const { return m_busy; }

 signals:
  void busyChanged(bool busy);

 private:
  void run(std::stop_token threadStop);
  void setBusy(bool busy);

  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::optional<Job> m_pending;       // guarded by m_mutex
  std::uint64_t m_pendingGeneration = 0;
  std::stop_source m_running;         // guarded by m_mutex
  std::uint64_t m_latest = 0;         // GUI thread only
  bool m_busy = false;
  std::jthread m_thread;              // last: started after every member it uses
};

}  // namespace supex
