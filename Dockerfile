# StatusGen as a container image, for CI systems other than GitHub Actions (docs/install.md):
#   docker build -t statusgen .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/site" statusgen build --content content --output public
# The image runs `statusgen` in /site, the folder you mount; it never writes outside it.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG VERSION=0.1.0
WORKDIR /src
COPY . .
# Framework-dependent: the runtime image below brings .NET and ASP.NET Core (the theme renders with Razor).
RUN dotnet publish src/StatusGen.Cli -c Release -o /opt/statusgen -p:Version="$VERSION" -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
COPY --from=build /opt/statusgen /opt/statusgen
# A command on the PATH, so CI systems that replace the entrypoint with a shell (GitLab CI) can call `statusgen`.
RUN printf '#!/bin/sh\nexec dotnet /opt/statusgen/statusgen.dll "$@"\n' > /usr/local/bin/statusgen \
    && chmod +x /usr/local/bin/statusgen
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
WORKDIR /site
ENTRYPOINT ["statusgen"]
CMD ["--help"]
