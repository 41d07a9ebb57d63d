#!/usr/bin/python3
"""Writes the bundled lessons (resources/lessons/*.supex.json).

Each lesson is a session file (format_version 1, see core/session/session.h):
a data set inline, a model, its parameters and a teacher's note. Real data
come from resources/data; the synthetic sets are drawn here with numpy's
PCG64 generator and a fixed seed, so running this again writes the same files.
Run from the repository root:  /usr/bin/python3 resources/lessons/make_lessons.py
"""
import csv
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")


def read_csv(name):
    with open(os.path.join(DATA, name)) as f:
        rows = [r for r in csv.reader(line for line in f if not line.startswith("#"))]
    return rows[0], rows[1:]


def num(text):
    v = float(text)
    return int(v) if v.is_integer() and "." not in text else v


def lesson(file, title, note, name, task, features, target, rows, model, params, classes=None, view=None):
    doc = {"format_version": 1, "title": title, "note": note,
           "data": {"name": name, "task": task, "features": features, "target": target}}
    if classes is not None:
        doc["data"]["classes"] = classes
    doc["data"]["rows"] = "@rows@"
    doc["model"] = model
    doc["params"] = params
    if view:
        doc["view"] = view
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    row_text = "[\n" + ",\n".join("      " + json.dumps(r, ensure_ascii=False) for r in rows) + "\n    ]"
    text = text.replace('"rows": "@rows@"', '"rows": ' + row_text)
    with open(os.path.join(HERE, file), "w") as f:
        f.write(text + "\n")


def r4(v):
    return float(round(float(v), 4))


rng = np.random.default_rng(20260101)

# 1. kNN and the Minkowski p: iris sepals, three overlapping species.
_, iris = read_csv("iris.csv")
lesson("01_knn_minkowski.supex.json", "kNN and the Minkowski p",
       "Each region takes the vote of the k nearest flowers, nearest in the Minkowski distance "
       "(Σ|xᵢ−yᵢ|ᵖ)^(1/p). Drag p from 1 (diamonds) through 2 (circles) to ∞ (squares) and watch the unit "
       "balls on the right and the boundary follow. Then raise k: a smoother boundary, more training errors. "
       "Ctrl+click anywhere: Explain a point lists its k neighbours, their distances and the vote.",
       "iris sepals (Fisher 1936)", "classification", ["sepal_length", "sepal_width"], "species",
       [[num(r[0]), num(r[1]), r[4]] for r in iris], "knn", {"k": "5", "p": "1"},
       classes=["setosa", "versicolor", "virginica"],
       view={"teaching_view": "explain"})

# 2. Least squares and inference: stopping distances of cars.
_, cars = read_csv("cars.csv")
lesson("02_least_squares_inference.supex.json", "Least squares and inference",
       "Stopping distance against speed (Ezekiel 1930). Ŵ = (XᵀX)⁻¹XᵀY gives about 3.93 ft more per mph "
       "(R's lm: slope 3.932, SE 0.416, t = 9.46). The inner band is the confidence band of the mean line, "
       "the wide one the prediction band for a new car. Drag a point far from the others and watch the "
       "standard errors and the bands. Below, the sampling distribution: refits on fresh noise scatter "
       "around the fit as σ²(XᵀX)⁻¹ predicts.",
       "cars (Ezekiel 1930)", "regression", ["speed"], "dist",
       [[num(r[0]), num(r[1])] for r in cars], "ols", {"basis": "none", "level": "0.95"},
       view={"teaching_view": "sampling"})

# 3. Polynomial and Fourier bases: a noisy sine.
x = np.sort(rng.uniform(0, 2 * math.pi, 30))
y = np.sin(x) + rng.normal(0, 0.25, x.size)
sine = [[r4(a), r4(b)] for a, b in zip(x, y)]
lesson("03_bases.supex.json", "Polynomial and Fourier bases",
       "The same linear least squares fits a curve once x becomes the columns 1, x, x², …, xᵈ. "
       "Raise the degree step by step: the fit follows the sine, then the noise (over-fitting; look at "
       "the test score). Switch the basis to Fourier: cos(kωx), sin(kωx) fit a periodic signal with "
       "few columns. Below, each basis function times its weight; they add up to the fit.",
       "noisy sine (n = 30, σ = 0.25)", "regression", ["x"], "y", sine, "ols",
       {"basis": "poly", "degree": "3"},
       view={"teaching_view": "basis"})

# 4. Ridge versus lasso: the same sine, a degree-9 polynomial.
lesson("04_ridge_vs_lasso.supex.json", "Ridge versus lasso",
       "A degree-9 polynomial over-fits 30 points. Ridge adds λ‖w‖₂²: drag λ up and every coefficient "
       "shrinks smoothly. Switch to lasso (λ‖w‖₁): coefficients hit exactly zero one after another. "
       "Compare the coefficient paths against log λ in the Views dock.",
       "noisy sine (n = 30, σ = 0.25)", "regression", ["x"], "y", sine, "ridge",
       {"basis": "poly", "degree": "9", "lambda": "0.01"},
       view={"teaching_view": "paths"})

# 5. Softmax regression: iris petals, three species.
lesson("05_softmax.supex.json", "Softmax regression",
       "Multinomial logistic regression: pₖ(x) = exp(wₖ·x + bₖ) / Σⱼ exp(wⱼ·x + bⱼ). The shading is the "
       "probability of the winning class, the boundaries are straight lines where two pₖ are equal. "
       "Lower λ and the probabilities sharpen; raise it and they blur towards the class shares. "
       "Ctrl+click a flower: Explain a point shows each wₖ·x + bₖ and their softmax.",
       "iris petals (Fisher 1936)", "classification", ["petal_length", "petal_width"], "species",
       [[num(r[2]), num(r[3]), r[4]] for r in iris], "logistic", {"lambda": "1"},
       classes=["setosa", "versicolor", "virginica"],
       view={"teaching_view": "explain"})

# 6. LDA versus QDA: two Gaussian classes with different covariances.
a = rng.multivariate_normal([-1.0, 0.0], [[1.0, 0.0], [0.0, 0.25]], 100)
b = rng.multivariate_normal([1.0, 0.5], [[0.3, -0.25], [-0.25, 1.2]], 100)
gauss = [[r4(p[0]), r4(p[1]), "A"] for p in a] + [[r4(p[0]), r4(p[1]), "B"] for p in b]
lesson("06_lda_vs_qda.supex.json", "LDA versus QDA",
       "Two Gaussian classes with different covariances. LDA assumes one shared covariance: its "
       "boundary is a straight line. Switch to QDA: one covariance per class, a curved (quadratic) "
       "boundary that follows the ellipses. Move a few points of one class and watch both.",
       "two Gaussians (n = 200)", "classification", ["x1", "x2"], "class", gauss, "lda", {},
       classes=["A", "B"],
       view={"teaching_view": "ellipses"})

# 7. Back-propagation on circles: a ring around a disc.
n = 100
t_in, t_out = rng.uniform(0, 2 * math.pi, n), rng.uniform(0, 2 * math.pi, n)
inner = np.c_[0.5 * np.cos(t_in), 0.5 * np.sin(t_in)] + rng.normal(0, 0.1, (n, 2))
outer = np.c_[np.cos(t_out), np.sin(t_out)] + rng.normal(0, 0.1, (n, 2))
circles = [[r4(p[0]), r4(p[1]), "0"] for p in outer] + [[r4(p[0]), r4(p[1]), "1"] for p in inner]
lesson("07_backprop_circles.supex.json", "Back-propagation on circles",
       "No straight line separates a disc from the ring around it. A network with two hidden layers "
       "learns a closed boundary by gradient descent; back-propagation gives every weight its gradient. "
       "Change the layers or the activation, or press Play below to watch the boundary morph epoch by "
       "epoch while the loss curve falls.",
       "circles (n = 200, noise 0.1)", "classification", ["x1", "x2"], "class", circles, "nn",
       {"hidden": "8,8", "activation": "tanh", "epochs": "300"}, classes=["0", "1"],
       view={"teaching_view": "training"})
