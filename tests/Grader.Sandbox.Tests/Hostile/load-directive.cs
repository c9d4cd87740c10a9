// verdict: ForbiddenApi
// message: #load
#load "/etc/hostname"
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A, A);
