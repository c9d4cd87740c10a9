// verdict: Accepted
// The norms as square roots of dot products, next to squared-norms (the same without the square roots).
Tensor Solve(Tensor x, Tensor y) => x.dot(y) / (x.dot(x).sqrt() * y.dot(y).sqrt());
