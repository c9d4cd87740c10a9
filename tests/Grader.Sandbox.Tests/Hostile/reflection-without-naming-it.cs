// verdict: ForbiddenApi
// message: System.Delegate.CreateDelegate
Func<int> Make(object target, string name) => (Func<int>)Delegate.CreateDelegate(typeof(Func<int>), target, name);
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A, A);
