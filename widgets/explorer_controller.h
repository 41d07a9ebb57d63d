#pragma once
// ExplorerController: wires the document, the canvas, the model panel, the
// info panel and the fit worker together. Canvas gestures become undoable
// commands on the given QUndoStack (owned by the window); every change of
// data, parameters or view becomes one request to the worker; every frame the
// worker returns goes to the canvas and the info panel.
#include <QObject>
#include <QPointF>
#include <QTimer>
#include <vector>

#include "widgets/fit_worker.h"
#include "widgets/point_document.h"

class QUndoStack;

namespace supex {

class DataCanvas;
class InfoPanel;
class ModelPanel;
class ModelUndoTracker;

class ExplorerController : public QObject {
  Q_OBJECT

 public:
  ExplorerController(PointDocument* document, DataCanvas* canvas, ModelPanel* models, InfoPanel* info,
                     QUndoStack* undo, QObject* parent = nullptr);

  FitWorker* worker() const { return m_worker; }
  DataCanvas* canvas() const { return m_canvas; }
  ModelPanel* models() const { return m_models; }
  QUndoStack* undoStack() const { return m_undo; }
  // Records model and parameter changes on the undo stack.
  ModelUndoTracker* modelUndo() const { return m_modelUndo; }
  // The frame on the canvas now (null before the first).
  const FitFramePtr& shownFrame() const { return m_shown; }
  // A change is waiting to be sent to the worker (within this event-loop turn).
  bool fitPending() const { return m_fitTimer.isActive(); }
  PointDocument* document() const { return m_doc; }

  // The class new points get (0-based). numClasses() means "a new class".
  int currentClass() const { return m_currentClass; }
  void setCurrentClass(int k);
  // Cells per axis of the full-resolution map.
  void setGridCells(int cells);
  int gridCells() const { return m_gridCells; }
  // Radius of the spray can in pixels and points per mouse move.
  void setSpray(double radiusPixels, int pointsPerMove);
  // The kNN lens under the mouse (on by default; only kNN models have one).
  void setLensEnabled(bool on);
  bool lensEnabled() const { return m_lensEnabled; }
  // Shows the lens as if the mouse were at `pos` (plot coordinates); for tests and tours.
  void showLensAt(QPointF pos);

  // A view that animates the model (the training animation) holds the
  // picture: while held, the worker's frames are kept back (fits still run)
  // and the view puts its own frames up with showFrame(). Releasing shows the
  // newest kept-back frame, so the live fit returns as it would have been.
  void holdPicture(bool held);
  bool pictureHeld() const { return m_held; }
  // Shows `frame` on the canvas and the info panel and emits frameShown.
  void showFrame(supex::FitFramePtr frame);

 public slots:
  // Sends the current state to the worker at the next turn of the event loop
  // (several changes in one turn make one request).
  void requestFit();

 signals:
  void currentClassChanged(int k);
  // A short note for the status bar ("Two-feature regression: points cannot be added by clicking").
  void statusMessage(const QString& text);
  // The model panel switched to a task the data do not have.
  void taskMismatch(supex::Task modelTask);
  // A frame reached the canvas (coarse or final); teaching views follow it.
  void frameShown(supex::FitFramePtr frame);

 private:
  void submitNow();
  void onAdd(QPointF pos);
  void onErase(int row);
  void onDragMoved(int row, QPointF pos);
  void onDragFinished(int row, QPointF from, QPointF to);
  void onSpray(QPointF pos, bool first);
  void onSprayFinished();
  std::vector<std::string> classesWithCurrent() const;
  void updateLens();

  PointDocument* m_doc;
  DataCanvas* m_canvas;
  ModelPanel* m_models;
  InfoPanel* m_info;
  QUndoStack* m_undo;
  FitWorker* m_worker;
  ModelUndoTracker* m_modelUndo;
  QTimer m_fitTimer;
  int m_currentClass = 0;
  int m_gridCells = 300;
  double m_sprayRadius = 28.0;
  int m_sprayPerMove = 2;
  std::vector<PointRow> m_sprayRows;  // added live during a spray stroke, committed as one step
  std::vector<std::string> m_sprayClassesBefore;
  bool m_lensEnabled = true;
  bool m_hoverInside = false;
  QPointF m_hover;
  FitFramePtr m_shown;
  bool m_held = false;
  FitFramePtr m_heldBack;  // while held: the newest worker frame (or the one on screen when the hold began)
};

}  // namespace supex
