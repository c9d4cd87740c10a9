// verdict: ForbiddenApi
// message: #r
#r "System.Net.Http"
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A, A);
