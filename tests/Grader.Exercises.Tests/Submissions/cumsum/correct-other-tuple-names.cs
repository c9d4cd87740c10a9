// verdict: Accepted
// The tuple's element names are the student's choice: only the types make the signature.
(Tensor total, Tensor running) Solve(Tensor A)
{
    var total = A.sum(dim: 0, keepdim: true);
    var running = A.cumsum(dim: 0);
    return (total, running);
}
