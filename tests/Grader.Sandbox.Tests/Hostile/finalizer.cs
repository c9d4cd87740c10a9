// verdict: ForbiddenApi
// message: finalizer
class Zombie
{
    ~Zombie() { while (true) { } }
}
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    new Zombie();
    return (A, A);
}
