#pragma once
// nn — a binary classifier: a fully connected feed-forward neural network
// trained by back-propagation.
//
// Model. Layers l = 0..L with n_l units; n_0 = number of features, n_L = 1.
// For one example x (a column), a^[0] = x and for l = 1..L
//     z^[l] = W^[l]·a^[l−1] + b^[l],   a^[l] = g(z^[l]) (l < L),   a^[L] = σ(z^[L]),
// g ∈ {tanh, relu, sigmoid} and σ(z) = 1/(1 + e^(−z)). The output
// p(x) = a^[L] is the probability of the POSITIVE class, which is the second
// class in class order; the first class gets 1 − p(x).
//
// Objective. With labels yᵢ ∈ {0, 1} (1 = positive class) and pᵢ = p(xᵢ),
//     J(θ) = −(1/n) Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] + (λ/2) Σ_l ‖W^[l]‖²_F,
// the mean binary cross-entropy plus an L2 penalty on the weights (λ = `l2`;
// biases are not penalised). J is not convex: the result depends on the
// seeded initial weights, the optimizer and the number of epochs, and is a
// local minimum at best.
//
// Gradients (back-propagation), with m examples as the columns of A^[l]
// (column-major batch convention) and ∗ the element-wise product:
//     dZ^[L]   = A^[L] − Y                        (sigmoid output + cross-entropy)
//     dZ^[l]   = dA^[l] ∗ g′(Z^[l])               (l < L)
//     dW^[l]   = (1/m) dZ^[l]·A^[l−1]ᵀ + λW^[l]
//     db^[l]   = (1/m) dZ^[l]·1                   (1: a column of m ones)
//     dA^[l−1] = W^[l]ᵀ·dZ^[l]
// The course notes this program teaches from (N. Chilkuri, "Mathematics
// behind Supervised Machine Learning Algorithms", §5) differentiate the SUM of
// the losses (no 1/m, no penalty) and contain slips this code does not copy:
// ∂ℒ/∂A^[L] = −[Y/A^[L] − (1−Y)/(1−A^[L])] (the notes print A^[L] in the
// second denominator); the equation labelled ∂ℒ/∂W^[L] = ∂ℒ/∂Z^[L]·1 is ∂ℒ/∂b^[L],
// with 1 a COLUMN of N ones; and ∂ℒ/∂A^[L−1] is the matrix product
// W^[L]ᵀ·∂ℒ/∂Z^[L], as in their "General Equations", not an element-wise ∗.
//
// Training: seeded Glorot-uniform initial weights (He-uniform for layers
// followed by ReLU), zero biases; mini-batches of `batch` rows (0 = full
// batch), reshuffled every epoch by the seeded engine; sgd, momentum or adam
// updates (optimizer.h). Assumptions: exactly two classes, numeric features of
// comparable scale (else standardize=true), independent training rows.
//
// References: D. E. Rumelhart, G. E. Hinton, R. J. Williams, "Learning
// representations by back-propagating errors", Nature 323 (1986) 533–536;
// X. Glorot, Y. Bengio, "Understanding the difficulty of training deep
// feedforward neural networks", AISTATS 2010; K. He et al., "Delving deep into
// rectifiers", ICCV 2015; D. P. Kingma, J. Ba, "Adam", ICLR 2015.
#include <memory>
#include <stop_token>

#include "core/common/result.h"
#include "core/data/dataset.h"
#include "core/models/model_info.h"
#include "core/models/nn/nn_model.h"
#include "core/models/nn/nn_params.h"

namespace supex {

// Trains `params.epochs` epochs from the seeded initial weights (NnTrainer),
// checking `stop` before every epoch. Usage error (2) for data without
// exactly two classes; numerical error (4) if training diverges.
Result<std::shared_ptr<NnModel>> fitNn(const Dataset& data, const NnParams& params, std::stop_token stop = {});

ModelInfo nnModelInfo();

}  // namespace supex
