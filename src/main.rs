fn main() {
    bao_cao_cds::start();
}
