// verdict: CompilationError
// message: Solve must be `(Tensor sum, Tensor cumsum) Solve(Tensor A)`; yours (line 3) is `object Solve(Tensor A)`
object Solve(Tensor A)
{
    // A result nested 200 deep once broke the raw run's JSON on its way out of the worker, and the student read an
    // internal JSON path. The entry point's return type is now checked when the snippet compiles, in the worker, so
    // such a result never runs (ValueCaptureTests still read one nested too deep).
    object result = A;
    for (var i = 0; i < 200; i++)
    {
        result = (result, A);
    }

    return result;
}
