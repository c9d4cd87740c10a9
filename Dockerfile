# The grader API with its sandbox workers, on the official .NET 10 images.
#   docker build -t grader .            (or: docker compose up, with PostgreSQL)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props Grader.sln ./
COPY build/ build/
COPY catalog/ catalog/
COPY src/ src/
RUN dotnet publish src/Grader.Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# bubblewrap confines each worker (layer 2 of the sandbox); curl serves the health check.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends bubblewrap curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Grader="Data Source=/data/grader.db"
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
EXPOSE 8080
# The non-root user the official images define; bubblewrap needs no privilege to confine the workers.
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD curl -fsS http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Grader.Api.dll"]
