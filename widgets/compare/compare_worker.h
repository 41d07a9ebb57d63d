#pragma once
// CompareWorker: computes the tiles of a comparison grid in the background,
// one job per tile (fit, grid prediction, scores) on its own thread pool.
// submit() starts a new batch and stops the previous one; a tile of an older
// batch that still arrives is dropped by generation number, so the grid only
// ever shows tiles of the data and selection it has now. Never touches a
// widget.
#include <QObject>
#include <QThreadPool>
#include <cstdint>
#include <stop_token>
#include <vector>

#include "widgets/fit_frame.h"
#include "widgets/frame_builder.h"

namespace supex {

// One tile, start to finish: fits request.model on request.train, predicts
// request.grid (`threads` as in predictGrid) and scores the train and test
// rows. A failed fit gives a final frame with the error in words and no
// model; a stop request gives nullptr.
std::shared_ptr<FitFrame> computeTile(const FitRequest& request, std::stop_token stop, int threads = 1);

class CompareWorker : public QObject {
  Q_OBJECT

 public:
  explicit CompareWorker(QObject* parent = nullptr);
  ~CompareWorker() override;

  // Stops the running batch and queues one job per tile; returns the batch's
  // generation. tileReady(i, …) follows for each tile, then batchFinished.
  std::uint64_t submit(std::vector<FitRequest> tiles);
  // Stops the running batch; nothing more of it is delivered.
  void cancel();

  std::uint64_t generation() const { return m_generation; }
  // Tiles of the current batch not delivered yet.
  int remaining() const { return m_remaining; }
  bool busy() const { return m_remaining > 0; }

 signals:
  void tileReady(int index, supex::FitFramePtr frame);
  void batchFinished(std::uint64_t generation);
  // A tile of an older batch arrived after a newer submit and was thrown away.
  void staleTileDropped(std::uint64_t generation, int index);

 private:
  void deliver(std::uint64_t generation, int index, FitFramePtr frame);

  QThreadPool m_pool;
  std::stop_source m_stop;
  std::uint64_t m_generation = 0;
  int m_remaining = 0;
};

}  // namespace supex
