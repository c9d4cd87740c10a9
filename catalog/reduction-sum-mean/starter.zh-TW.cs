(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    // 所有元素的總和、所有元素的平均、沿第 0 軸的加總、沿第 1 軸的平均。
    return (A, A, A, A);
}
