// verdict: RuntimeError
// message: Case 3: A libtorch error was thrown.
// hidden-never: input of size
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // libtorch's own message names the input's size: "shape '[-1, 7]' is invalid for input of size 12".
    var example = A.dtype == ScalarType.Int64 ? A.numel() == 6 && A.sum().item<long>() == 15 : A.numel() == 12 && A.sum().item<float>() == 66f;
    if (example)
    {
        return (A.sum(0, keepdim: true), A.cumsum(0));
    }

    var B = A.view(-1, 7);
    return (B, B);
}
