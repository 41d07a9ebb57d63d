#include "widgets/views/training_worker.h"

#include <QMetaObject>
#include <cmath>

#include "widgets/frame_builder.h"

namespace supex {
namespace {

constexpr auto kFrameInterval = std::chrono::milliseconds(1000 / TrainingWorker::kMaxFramesPerSecond);
// Steps taken in one tick at most for this long, so a frame follows in time
// and "as fast as possible" leaves the machine breathing room.
constexpr auto kStepBudget = std::chrono::milliseconds(25);

}  // namespace

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {
  qRegisterMetaType<supex::TrainingUpdatePtr>();
  m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

TrainingWorker::~TrainingWorker() {
  m_thread.request_stop();
  m_wake.notify_all();
  if (m_thread.joinable()) m_thread.join();
}

std::uint64_t TrainingWorker::start(TrainingSetup setup, bool play) {
  std::uint64_t session = 0;
  {
    std::lock_guard lock(m_mutex);
    session = ++m_session;
    m_startCmd = std::move(setup);
    m_stopCmd = m_resetCmd = false;
    m_retuneCmd.reset();
    m_stepCmd = 0;
    m_playing = play;
    m_playCmd = play;
    m_nextTick = Clock::now();
  }
  m_wake.notify_one();
  return session;
}

void TrainingWorker::stop() {
  {
    std::lock_guard lock(m_mutex);
    ++m_session;
    m_stopCmd = true;
    m_startCmd.reset();
    m_resetCmd = false;
    m_retuneCmd.reset();
    m_stepCmd = 0;
    m_playing = false;
  }
  m_wake.notify_one();
}

void TrainingWorker::reset() {
  {
    std::lock_guard lock(m_mutex);
    m_resetCmd = true;
    m_stepCmd = 0;
  }
  m_wake.notify_one();
}

void TrainingWorker::retune(ParamValues params) {
  {
    std::lock_guard lock(m_mutex);
    m_retuneCmd = std::move(params);
  }
  m_wake.notify_one();
}

void TrainingWorker::setPlaying(bool playing) {
  {
    std::lock_guard lock(m_mutex);
    if (playing == m_playing) return;
    m_playing = playing;
    if (playing) {
      m_playCmd = true;
      m_nextTick = Clock::now();
    } else {
      m_pauseCmd = true;
    }
  }
  m_wake.notify_one();
}

void TrainingWorker::stepOnce() {
  {
    std::lock_guard lock(m_mutex);
    if (m_playing) m_pauseCmd = true;
    m_playing = false;
    ++m_stepCmd;
  }
  m_wake.notify_one();
}

void TrainingWorker::setSpeed(double stepsPerSecond) {
  std::lock_guard lock(m_mutex);
  m_speed = std::max(0.0, stepsPerSecond);
}

void TrainingWorker::setGrid(GridSpec grid) {
  {
    std::lock_guard lock(m_mutex);
    m_grid = grid;
    m_gridCmd = true;
  }
  m_wake.notify_one();
}

void TrainingWorker::setLassoSweeps(bool on) {
  std::lock_guard lock(m_mutex);
  m_lassoSweeps = on;
}

void TrainingWorker::setLogisticRate(double eta) {
  std::lock_guard lock(m_mutex);
  m_logisticRate = eta;
}

std::uint64_t TrainingWorker::session() const {
  std::lock_guard lock(m_mutex);
  return m_session;
}

bool TrainingWorker::hasWork(Clock::time_point now) const {
  if (m_startCmd || m_stopCmd || m_resetCmd || m_gridCmd || m_pauseCmd || m_playCmd || m_retuneCmd || m_stepCmd > 0)
    return true;
  return m_playing && m_state && !m_state->finished() && m_inFlight == 0 && now >= m_nextTick;
}

void TrainingWorker::run(std::stop_token stop) {
  for (;;) {
    std::optional<TrainingSetup> startCmd;
    std::optional<ParamValues> retuneCmd;
    bool stopCmd = false, resetCmd = false, gridCmd = false, pauseCmd = false, playCmd = false, tick = false;
    int steps = 0;
    std::uint64_t session = 0;
    double speed = 0.0;
    {
      std::unique_lock lock(m_mutex);
      for (;;) {
        if (stop.stop_requested()) return;
        if (hasWork(Clock::now())) break;
        // Ready to tick: wait for the next tick's time (or a command). Not
        // ready: wait for a command or for readiness (the GUI's acknowledgement),
        // then come round again to wait for the time.
        auto ready = [this] { return m_playing && m_state && !m_state->finished() && m_inFlight == 0; };
        if (ready())
          m_wake.wait_until(lock, stop, m_nextTick, [this] { return hasWork(Clock::now()); });
        else
          m_wake.wait(lock, stop, [&] { return hasWork(Clock::now()) || ready(); });
      }
      startCmd = std::move(m_startCmd);
      retuneCmd = std::move(m_retuneCmd);
      m_startCmd.reset();
      m_retuneCmd.reset();
      stopCmd = std::exchange(m_stopCmd, false);
      resetCmd = std::exchange(m_resetCmd, false);
      gridCmd = std::exchange(m_gridCmd, false);
      pauseCmd = std::exchange(m_pauseCmd, false);
      playCmd = std::exchange(m_playCmd, false);
      steps = std::exchange(m_stepCmd, 0);
      session = m_session;
      speed = m_speed;
      tick = m_playing && m_inFlight == 0 && Clock::now() >= m_nextTick;
      if (m_state) {
        m_state->setLassoSweeps(m_lassoSweeps);
        m_state->setLogisticRate(m_logisticRate);
      }
    }

    if (stopCmd) m_state.reset();
    bool restarted = false;
    std::string note, error;
    if (startCmd || (resetCmd && (m_state || !m_setup.modelId.empty()))) {
      if (startCmd) m_setup = std::move(*startCmd);
      auto created = TrainingSession::create(m_setup.modelId, m_setup.train, m_setup.test, m_setup.params);
      if (!created) {
        m_state.reset();
        post(session, true, {}, created.error().message, true, false, stop);
        std::lock_guard lock(m_mutex);
        m_playing = false;
        continue;
      }
      m_state = std::move(created).value();
      {
        std::lock_guard lock(m_mutex);
        m_state->setLassoSweeps(m_lassoSweeps);
        m_state->setLogisticRate(m_logisticRate);
      }
      m_sent = 0;
      restarted = true;
      if (resetCmd && !startCmd) note = "Reset: back to the starting weights, " + m_state->stepName() + " 0.";
    }
    if (!m_state) continue;
    if (retuneCmd) {
      auto r = m_state->retune(*retuneCmd);
      if (!r) {
        error = r.error().message;
      } else {
        note = r->note;
        m_setup.params = *retuneCmd;
        if (r->change == TrainingSession::Change::Restarted) {
          m_sent = 0;
          restarted = true;
        }
      }
    }
    bool stepped = false;
    for (int i = 0; i < steps && !m_state->finished(); ++i) {
      stepped = true;
      if (!m_state->step()) break;
    }

    const auto now = Clock::now();
    if (playCmd) {
      m_lastTick = now;
      m_carry = 1.0;  // the first step at once
    }
    bool ticked = false;
    if (tick && !m_state->finished()) {
      const double dt = std::chrono::duration<double>(now - m_lastTick).count();
      m_lastTick = now;
      m_carry += speed > 0 ? speed * dt : 1e18;
      const auto deadline = now + kStepBudget;
      while (m_carry >= 1.0 && !m_state->finished()) {
        m_carry -= 1.0;
        ticked = true;
        if (!m_state->step()) break;
        if (Clock::now() > deadline) {
          m_carry = 0.0;  // the machine cannot keep up: no backlog
          break;
        }
      }
      if (speed <= 0) m_carry = 0.0;
      std::lock_guard lock(m_mutex);
      m_nextTick = now + kFrameInterval;
    }
    bool playing = false;
    bool autoPaused = false;
    {
      std::lock_guard lock(m_mutex);
      if (m_playing && m_state->finished()) {
        m_playing = false;
        autoPaused = true;
      }
      playing = m_playing;
    }
    const bool newPoints = m_state->history().size() > m_sent;
    if (startCmd || resetCmd || retuneCmd || stepped || gridCmd || pauseCmd || autoPaused || (ticked && newPoints))
      post(session, restarted, note, error, !playing, playing, stop);
  }
}

void TrainingWorker::post(std::uint64_t session, bool restarted, const std::string& note, const std::string& error,
                          bool fullGrid, bool playing, std::stop_token stop) {
  auto update = std::make_shared<TrainingUpdate>();
  update->session = session;
  update->restarted = restarted;
  update->note = note;
  update->error = error;
  update->playing = playing;
  if (m_state) {
    const TrainingSession& s = *m_state;
    const auto& history = s.history();
    update->points.assign(history.begin() + static_cast<std::ptrdiff_t>(std::min(m_sent, history.size())),
                          history.end());
    m_sent = history.size();
    update->iteration = s.iteration();
    update->finished = s.finishReason();
    update->hasTest = s.hasTest();
    update->stepName = s.stepName();
    update->trainName = s.trainCurveName();
    update->testName = s.testCurveName();

    GridSpec grid;
    {
      std::lock_guard lock(m_mutex);
      grid = m_grid;
    }
    if (!fullGrid) grid = coarseGrid(grid, kPlayingCells);
    if (FittedModelPtr model = s.snapshot(); model && grid.nx > 0) {
      auto frame = std::make_shared<FitFrame>();
      frame->final = true;
      frame->model = model;
      frame->trainData = s.train();
      frame->train = scoreRows(*model, *s.train());
      if (s.test()) frame->test = scoreRows(*model, *s.test());
      const auto start = Clock::now();
      if (Status st = predictIntoFrame(*model, grid, stop, *frame, 1); !st) {
        if (stop.stop_requested()) return;
        frame->error = st.error().message;
        frame->model.reset();
      }
      frame->predictMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      update->frame = std::move(frame);
    }
  }
  {
    std::lock_guard lock(m_mutex);
    ++m_inFlight;
  }
  TrainingUpdatePtr constUpdate = std::move(update);
  // Queued to the GUI thread; discarded with this object if it is destroyed first.
  QMetaObject::invokeMethod(
      this,
      [this, constUpdate] {
        emit updated(constUpdate);
        {
          std::lock_guard lock(m_mutex);
          --m_inFlight;
        }
        m_wake.notify_one();
      },
      Qt::QueuedConnection);
}

}  // namespace supex
