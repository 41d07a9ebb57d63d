#pragma once
// TrainingWorker: the training animation's own background thread. It owns
// one TrainingSession and steps it — once per Step, or at a chosen speed while
// playing — and posts TrainingUpdates to the GUI thread: the new points of the
// loss curve and a FitFrame of the current iterate whose grid prediction,
// boundary and scores were computed here, off the GUI thread (predictIntoFrame).
//
// Bounded rate: while playing, at most kMaxFramesPerSecond updates a second,
// and a new one only after the GUI acknowledged the last (acknowledge()), so a
// slow window never gets a queue of stale pictures; the steps in between still
// run and their points arrive with the next update. Commands from the GUI only
// set fields under a mutex and wake the thread; they never wait for a step.
// Updates carry the session number of the start() they belong to, so the GUI
// drops any that arrive after a newer start() or stop().
#include <QObject>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "widgets/fit_frame.h"
#include "widgets/views/training_session.h"

namespace supex {

struct TrainingSetup {
  std::string modelId;
  std::shared_ptr<const Dataset> train, test;
  ParamValues params;
};

struct TrainingUpdate {
  std::uint64_t session = 0;
  bool restarted = false;          // the curve starts again: `points` begins at iteration 0
  std::vector<LossPoint> points;   // the points added since the previous update
  long long iteration = 0;
  FitFramePtr frame;               // the picture of the current iterate; null after an error
  std::string note;                // what a parameter change did, or empty
  std::string error;               // training could not start, or a parameter was invalid
  std::string finished;            // why no further step can be taken, or empty
  bool playing = false;
  bool hasTest = false;
  std::string stepName, trainName, testName;
};

using TrainingUpdatePtr = std::shared_ptr<const TrainingUpdate>;

class TrainingWorker : public QObject {
  Q_OBJECT

 public:
  static constexpr int kMaxFramesPerSecond = 30;
  // Cells per axis of the map while playing; a step or a pause draws the full grid.
  static constexpr int kPlayingCells = 160;

  explicit TrainingWorker(QObject* parent = nullptr);
  ~TrainingWorker() override;

  // A new session at iteration 0, playing or paused; returns its number.
  std::uint64_t start(TrainingSetup setup, bool play = false);
  // Drops the session: no more updates until the next start().
  void stop();
  // The same set-up again from iteration 0 (keeps playing if it was).
  void reset();
  void retune(ParamValues params);
  void setPlaying(bool playing);
  // One step (pauses first).
  void stepOnce();
  // Steps per second while playing; 0 = as fast as the machine allows.
  void setSpeed(double stepsPerSecond);
  void setGrid(GridSpec grid);
  void setLassoSweeps(bool on);
  void setLogisticRate(double eta);
  std::uint64_t session() const;

 signals:
  void updated(supex::TrainingUpdatePtr update);

 private:
  using Clock = std::chrono::steady_clock;
  void run(std::stop_token stop);
  bool hasWork(Clock::time_point now) const;  // under m_mutex
  void post(std::uint64_t session, bool restarted, const std::string& note, const std::string& error,
            bool fullGrid, bool playing, std::stop_token stop);

  mutable std::mutex m_mutex;
  std::condition_variable_any m_wake;
  // Guarded by m_mutex: commands waiting for the thread, and settings.
  std::optional<TrainingSetup> m_startCmd;
  bool m_stopCmd = false, m_resetCmd = false, m_gridCmd = false, m_pauseCmd = false, m_playCmd = false;
  std::optional<ParamValues> m_retuneCmd;
  int m_stepCmd = 0;
  std::uint64_t m_session = 0;
  GridSpec m_grid;
  bool m_playing = false;
  double m_speed = 10.0;
  bool m_lassoSweeps = false;
  double m_logisticRate = 1.0;
  int m_inFlight = 0;  // updates posted and not yet delivered to the GUI
  Clock::time_point m_nextTick;

  // The worker thread's own (read in hasWork under m_mutex, written by the thread only).
  std::optional<TrainingSession> m_state;
  TrainingSetup m_setup;
  std::uint64_t m_stateSession = 0;
  std::size_t m_sent = 0;  // history points already posted
  double m_carry = 0.0;    // fractional steps owed while playing
  Clock::time_point m_lastTick;

  std::jthread m_thread;  // last: started after, and joined before, the members above
};

}  // namespace supex

Q_DECLARE_METATYPE(supex::TrainingUpdatePtr)
