// verdict: WrongAnswer
// message: sum: Expected a tensor of dtype int64 and shape (1, 2), got a tuple of 2 items
object Solve(Tensor A)
{
    // The entry point's parameters are checked, not its return type: a result nested 200 deep once broke the
    // raw run's JSON on its way out of the worker, and the student read an internal JSON path.
    object result = A;
    for (var i = 0; i < 200; i++)
    {
        result = (result, A);
    }

    return result;
}
